// The latest notifications about Anfragen, with "als gelesen markieren".
import { Link } from 'react-router';

import { MarkReadDocument } from '../gql/graphql';
import { useChange } from '../app/data';
import { instant } from '../app/format';
import { paths } from '../app/paths';

interface Props {
  unread: number;
  items: { id: string; at: string; title: string; text: string; read: boolean; anfrage: { id: string } }[];
}

export function Notifications({ unread, items }: Props) {
  const mark = useChange(MarkReadDocument);
  if (!items.length) return null;
  return (
    <section aria-labelledby="nachrichten" className="karte-box">
      <h2 id="nachrichten">
        Benachrichtigungen <span className="zahl">{unread} ungelesen</span>
      </h2>
      <ul className="nachrichten">
        {items.map((n) => (
          <li key={n.id} className={n.read ? undefined : 'ungelesen'}>
            <Link to={paths.anfrage(n.anfrage.id)}>{n.title}</Link> <span className="zeit">{instant(n.at)}</span>
            <br />
            {n.text}
          </li>
        ))}
      </ul>
      {unread > 0 && (
        <button type="button" className="leise" disabled={mark.isPending} onClick={() => mark.mutate({ input: { all: true } })}>
          Alle als gelesen markieren
        </button>
      )}
    </section>
  );
}
