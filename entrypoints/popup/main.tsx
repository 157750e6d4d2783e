import { render } from 'preact';

render(<main>Relais</main>, document.getElementById('app')!);
