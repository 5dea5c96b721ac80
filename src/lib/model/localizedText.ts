// The bilingual text shape the model's labels use.

/** Text in Korean (the default locale) and English; the same shape as LocalizedTextSchema. */
export interface LocalizedText {
	ko: string;
	en: string;
}
