import { Component, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead (default: a message with Reload); null for optional parts of the page. */
  fallback?: ReactNode;
}

/** Catches a part that fails to load or render (e.g. its code could not be fetched): offers a reload, or shows `fallback`. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback;
    return (
      <ErrorMessage
        title="This page could not be shown"
        message="This part of Newswire could not be loaded. Check your connection, then reload."
        onRetry={() => window.location.reload()}
      />
    );
  }
}
