import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashNotice } from './CrashNotice';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the path), a shown error is cleared. */
  resetKey: string;
}

interface State {
  error: Error | null;
}

/** Catches a crash while rendering a page and shows a localized notice with a retry instead of a blank screen. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page crashed', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  private readonly reset = () => this.setState({ error: null });

  override render() {
    if (this.state.error) return <CrashNotice onRetry={this.reset} />;
    return this.props.children;
  }
}
