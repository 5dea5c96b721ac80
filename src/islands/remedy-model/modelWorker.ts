// Ships to the browser: the worker that runs the explorer's full-draw model (lib/explorer/modelRunner.ts).
import { ModelService, type ToWorker } from '../../lib/explorer/modelRunner.ts';

/** This worker's global scope, as far as it is used (the project compiles against the DOM's types). */
const scope = self as unknown as {
	addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
	postMessage(message: unknown): void;
};
const service = new ModelService();
scope.addEventListener('message', (e) => {
	const answer = service.handle(e.data);
	if (answer) scope.postMessage(answer);
});
