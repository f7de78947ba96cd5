import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api/client';
import { personsQuery } from '../../api/discoveryQueries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { TagIndex } from './TagIndex';
import './topics.css';

/** Every person in the news, alphabetically, with the number of stories that mention them. */
export function PersonIndex() {
  const persons = useQuery(personsQuery());
  if (persons.isPending) return <Skeleton lines={8} label="Loading the persons" />;
  if (persons.isError) return <ErrorMessage message={errorMessage(persons.error)} onRetry={() => void persons.refetch()} />;
  return <TagIndex label="Persons" entries={persons.data.persons.map((p) => ({ href: `/persons/${p.slug}`, name: p.name, articles: p.articles }))} />;
}
