import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** A new key (another view) clears the failure, so the next view gets its chance. */
  resetKey: string;
  onBack: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string;
}

/**
 * Keeps one view's render error inside that view: the header, search and footer stay
 * and the reader can go back, instead of React unmounting the whole app.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever debugs it: the page shows the message, the console the stack.
    console.error('A view failed to render:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="view-error" role="alert">
        <h1>This view failed</h1>
        <p className="error-problem">{error.message || String(error)}</p>
        <button type="button" onClick={this.props.onBack}>
          Go back
        </button>
      </section>
    );
  }
}
