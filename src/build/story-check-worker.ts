// Child process of story-check-pool.ts: checks one story file per message.
import type { Lang } from '../core/run-record.ts';
import { checkStory } from './story-check.ts';

process.on('message', (job: { id: string; lang: Lang; file: string }) => {
  process.send?.(checkStory(job.file, job.id, job.lang));
});
