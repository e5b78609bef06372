// A search field with its button: the search is sent when the form is (Enter or the
// button), not at every key, so that a list is read once per search.
import { useId, useState, type FormEvent } from 'react';

export function SearchForm({ label, hint, value, onSearch }: { label: string; hint?: string; value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value);
  const id = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(text.trim());
  }
  return (
    <form role="search" className="suche" onSubmit={submit}>
      <div className="feld">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={hint ? id + '-hinweis' : undefined} />
        {hint && (
          <span className="feldhinweis" id={id + '-hinweis'}>
            {hint}
          </span>
        )}
      </div>
      <button type="submit">Suchen</button>
    </form>
  );
}
