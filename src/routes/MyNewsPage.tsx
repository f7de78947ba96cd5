import { MyNews } from '../features/my-news/MyNews';
import { MuteManager } from '../features/mutes/MuteManager';

/** `/my`: My News, the newest stories of what the reader follows on this device, and what they mute. */
export function MyNewsPage() {
  return (
    <div className="page page-my">
      <title>My News — Newswire</title>
      <meta name="description" content="The newest stories of the sections, topics and persons you follow on this device." />
      <h1 className="page-title">My News</h1>
      <MyNews mutes={<MuteManager />} />
    </div>
  );
}
