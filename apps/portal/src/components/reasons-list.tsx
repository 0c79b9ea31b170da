/** The matcher's Chinese sentences, one per line. */
export function ReasonsList({ reasons }: { reasons: readonly string[] }) {
  return (
    <ul className="reasons" aria-label="推荐理由">
      {reasons.map((reason, index) => (
        <li key={index}>{reason}</li>
      ))}
    </ul>
  );
}
