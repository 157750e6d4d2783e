import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import '../../components/theme/theme.css';
import './style.css';

render(<DashboardApp />, document.getElementById('app')!);
