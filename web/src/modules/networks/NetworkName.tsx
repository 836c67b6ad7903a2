import { LocalizedText } from '../../shell/LocalizedText';
import type { NetworkSummary } from './networkApi';

/** The network's name in the UI language, with its short name: "Netzwerk … (LAG Sachsen)". */
export function NetworkName({ network }: { network: Pick<NetworkSummary, 'name' | 'shortName'> }) {
  return (
    <>
      <LocalizedText value={network.name} fallback={network.shortName ?? ''} />
      {network.shortName && ` (${network.shortName})`}
    </>
  );
}
