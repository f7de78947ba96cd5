import { useEffect, useId, useRef, useState } from 'react';
import { describeReaderData, exportFileName, exportReaderData, importReaderData, MAX_FILE_BYTES, parseReaderData, type DataRegistry, type ReaderData, type SavedArticles } from './readerData';
import './yourData.css';

interface YourDataProps {
  registry: DataRegistry;
  saved: SavedArticles;
  /** After an import: applies what changed to the open page (display choices, the reader cookie). */
  onImported: () => void;
}

type Status = { text: string; failed: boolean } | null;

function Export({ registry, saved }: Omit<YourDataProps, 'onImported'>) {
  const [status, setStatus] = useState<Status>(null);
  const download = async () => {
    try {
      const { file, savedUnreadable } = await exportReaderData(registry, saved);
      const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(file);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(
        savedUnreadable
          ? { text: `Downloaded ${exportFileName(file)} with your choices, follows, mutes and read marks, but without the saved articles: this browser would not open them (its storage may be blocked, as in some private windows).`, failed: true }
          : { text: `Downloaded ${exportFileName(file)}: ${String(file.saved.length)} saved article${file.saved.length === 1 ? '' : 's'} and your choices.`, failed: false },
      );
    } catch {
      setStatus({ text: 'This browser would not make the file: nothing was downloaded. Try again.', failed: true });
    }
  };
  return (
    <section aria-labelledby="export-heading" className="data-block">
      <h2 id="export-heading">Take your data with you</h2>
      <p>One file with everything this device keeps for you: saved articles with their photos, what you follow and mute, the stories you read, your display, city and feed choices, and the download settings. Nothing of it is on our server.</p>
      <button type="button" className="button" onClick={() => void download()}>
        Download your data
      </button>
      <p role="status" className={status?.failed === true ? 'data-status data-failed' : 'data-status'}>
        {status?.text}
      </p>
    </section>
  );
}

function Import({ registry, saved, onImported }: YourDataProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ReaderData | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const choose = async (chosen: File | undefined) => {
    setFile(null);
    if (chosen === undefined) return setStatus(null);
    if (chosen.size > MAX_FILE_BYTES) return setStatus({ text: `This file is too large (${String(Math.round(chosen.size / 1048576))} MB) to be a Newswire data file. Nothing was changed.`, failed: true });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      return setStatus({ text: 'This browser could not read the file. Nothing was changed.', failed: true });
    }
    const parsed = parseReaderData(text, registry);
    if ('error' in parsed) return setStatus({ text: `${parsed.error} Nothing was changed.`, failed: true });
    setFile(parsed.data);
    setStatus(null);
  };

  // A file chosen while the page was still loading its script is read once it can be.
  useEffect(() => {
    const early = input.current?.files?.[0];
    if (early !== undefined) void choose(early);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  const apply = async () => {
    if (file === null) return;
    setBusy(true);
    try {
      await importReaderData(file, mode, registry, saved);
      onImported();
      setStatus({ text: `Imported (${mode === 'merge' ? 'merged with what was here' : 'replacing what was here'}): ${describeReaderData(file, registry).join(', ')}.`, failed: false });
      setFile(null);
    } catch {
      setStatus({ text: 'This browser refused to store it (its storage may be full or blocked). Nothing was changed.', failed: true });
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="import-heading" className="data-block">
      <h2 id="import-heading">Bring your data from another device</h2>
      <p>
        <label htmlFor={inputId}>A Newswire data file</label>
        <input ref={input} id={inputId} type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </p>
      {file !== null && (
        <form
          className="data-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            void apply();
          }}
        >
          <p>{`This file from ${new Date(file.exportedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} holds: ${describeReaderData(file, registry).join(', ')}.`}</p>
          <fieldset>
            <legend>How to bring it in</legend>
            <label>
              <input type="radio" name="mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge: keep what is on this device and add what it lacks
            </label>
            <label>
              <input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace: this device keeps only what is in the file
            </label>
          </fieldset>
          <button type="submit" className="button" disabled={busy}>
            Import
          </button>
        </form>
      )}
      <p role="status" className={status?.failed === true ? 'data-status data-failed' : 'data-status'}>
        {status?.text}
      </p>
    </section>
  );
}

/** Your data: export everything this device keeps for the reader, and import it on another device. */
export function YourData(props: YourDataProps) {
  return (
    <div className="your-data needs-script">
      <Export registry={props.registry} saved={props.saved} />
      <Import {...props} />
    </div>
  );
}
