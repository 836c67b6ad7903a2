import { useQuery } from '@tanstack/react-query';
import { useSession } from '../accounts/useSession';
import { isJobRunning } from './isJobRunning';
import { jobApi, jobKeys } from './jobApi';

const POLL_MS = 4000;

/** The loading of the world gazetteer after the first start, for signed-in users; asked for again only while it runs. */
export function useGazetteerJob() {
  const { user } = useSession();
  return useQuery({
    queryKey: jobKeys.gazetteer,
    queryFn: ({ signal }) => jobApi.gazetteer(signal),
    enabled: user !== null,
    staleTime: 0,
    refetchInterval: (query) => (isJobRunning(query.state.data) ? POLL_MS : false),
  });
}
