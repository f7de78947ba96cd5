import { useId, useState } from 'react';
import { Time } from '../../components/Time';
import { MediaStories } from '../../components/MediaStories';
import type { Infographic } from '../../contract/discoverySchemas';
import './infographics.css';

/**
 * An infographic: the chart large, with a zoom that doubles it inside a scrollable frame (a click
 * on the chart or the Zoom button; pinch-zoom works as on any page), and its full text version:
 * summary, the figures as a table, notes and source.
 */
export function InfographicView({ infographic }: { infographic: Infographic }) {
  const [zoomed, setZoomed] = useState(false);
  const textId = useId();
  const { image, text } = infographic;
  return (
    <article className="infographic">
      <p className="media-kind">Infographic</p>
      <h1 className="page-title">{infographic.title}</h1>
      <p className="media-meta">
        <Time value={infographic.publishedAt} />
      </p>
      <p className="media-lead">{infographic.lead}</p>
      <p className="infographic-tools">
        <button type="button" className="button button-small" aria-pressed={zoomed} onClick={() => setZoomed(!zoomed)}>
          {zoomed ? 'Zoom out' : 'Zoom in'}
        </button>
        <a href={`#${textId}`}>Text version of the figures</a>
      </p>
      <figure className="infographic-figure">
        <div
          className="infographic-frame"
          data-zoomed={zoomed}
          tabIndex={zoomed ? 0 : undefined}
          role={zoomed ? 'region' : undefined}
          aria-label={zoomed ? 'Zoomed infographic: scroll to see all of it' : undefined}
        >
          <img src={image.src} alt={image.alt} width={image.width} height={image.height} onClick={() => setZoomed(!zoomed)} />
        </div>
        {image.credit !== undefined && <figcaption className="infographic-credit">{image.credit}</figcaption>}
      </figure>
      <section className="infographic-text" aria-labelledby={textId}>
        <h2 id={textId}>Text version</h2>
        <p>{text.summary}</p>
        <div className="infographic-table">
          <table>
            <caption>{text.table.caption}</caption>
            <thead>
              <tr>
                {text.table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {text.table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {text.notes.length > 0 && (
          <ul className="infographic-notes">
            {text.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <p className="infographic-source">{`Source: ${text.source}`}</p>
      </section>
      <MediaStories stories={infographic.related} />
    </article>
  );
}
