import { Navigate } from 'react-router';
import { Skeleton } from 'antd';
import { ErrorState } from '../components/error-state';
import { useMe } from '../features/session/session';

/** Sends each role to the page it works from. */
export function HomeRedirect() {
  const { me, fetching, error, abilities } = useMe();
  if (error && !me) {
    return <ErrorState error={error} />;
  }
  if (fetching || !me) {
    return <Skeleton active />;
  }
  if (abilities.isBureau) {
    return <Navigate to="/review" replace />;
  }
  if (abilities.isEnterprise) {
    return <Navigate to="/demands/mine" replace />;
  }
  if (abilities.isUniversity) {
    return <Navigate to="/achievements/mine" replace />;
  }
  if (abilities.isExpert) {
    return <Navigate to="/reviews" replace />;
  }
  return <Navigate to="/library/achievements" replace />;
}
