import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export default function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('app.notFound')} extra={<Link to="/"><Button>{t('app.backHome')}</Button></Link>} />;
}
