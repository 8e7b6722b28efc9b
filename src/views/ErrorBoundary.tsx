import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** What this part of the page is, for the message ("het werkblad"). */
  what?: string;
}

/**
 * Keeps one broken part from taking down the page: whatever a shared document
 * holds, the rest of the page stays usable and says what could not be shown.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A part of the page could not be shown', error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <PartFailed what={this.props.what} onRetry={() => this.setState({ failed: false })} />;
  }
}

function PartFailed({ what, onRetry }: { what?: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="part-failed" role="alert">
      <p>{what ? t('errors.partFailed', { what }) : t('errors.pageFailed')}</p>
      <button type="button" onClick={onRetry}>{t('errors.retry')}</button>
    </div>
  );
}
