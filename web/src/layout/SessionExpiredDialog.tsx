import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** The session is gone: what was typed is kept in this browser, and logging in again brings the person back here. */
export default function SessionExpiredDialog() {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('app.sessionExpired')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button key="login" type="primary" onClick={() => window.location.assign(window.location.pathname + window.location.search)}>
          {t('app.loginAgain')}
        </Button>,
      ]}
    >
      <p>{t('app.sessionExpiredText')}</p>
    </Modal>
  );
}
