import { render } from 'preact';
import { App } from './App';
import '../../components/theme/theme.css';
import '../../components/checklist/surface.css';
import './style.css';

render(<App />, document.getElementById('app')!);
