import { Component, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface ErrorBoundaryProps {
  children: ReactNode;
}

/** Catches a page that fails to load or render (e.g. its code could not be fetched) and offers a reload. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorMessage
        title="This page could not be shown"
        message="This part of Newswire could not be loaded. Check your connection, then reload."
        onRetry={() => window.location.reload()}
      />
    );
  }
}
