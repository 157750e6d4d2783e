import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import './style.css';

render(<DashboardApp />, document.getElementById('app')!);
