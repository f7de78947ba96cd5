import { InfographicCards } from '../features/infographics/InfographicCards';

/** `/infographics`: the infographics, newest first. */
export function InfographicsPage() {
  return (
    <div className="page page-infographics">
      <title>Infographics — Newswire</title>
      <h1 className="page-title">Infographics</h1>
      <InfographicCards />
    </div>
  );
}
