interface NewStoriesButtonProps {
  count: number;
  onShow: () => void;
}

/** "3 new stories": stays in view at the top while the reader scrolls the feed. */
export function NewStoriesButton({ count, onShow }: NewStoriesButtonProps) {
  return (
    <div className="new-stories">
      <button type="button" className="new-stories-button" onClick={onShow}>
        {count === 1 ? '1 new story' : `${String(count)} new stories`}
      </button>
    </div>
  );
}
