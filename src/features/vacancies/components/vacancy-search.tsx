import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { TableScroll } from '../../../components/table-scroll';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { VacancySearchItem, VacancySummary } from '../../../api/schemas/vacancies';
import { QueryState } from '../../../components/query-state';
import { ToneBadge } from '../../../components/tone-badge';
import { SEARCH_PAGE, vacancyQueries } from '../api/vacancy-queries';
import { OfferOutsideDialog } from './offer-outside-dialog';
import type { OfferPlace } from './vacancy-conflict';
import { count } from '../../../domain/plural';

/** Anyone on the waiting list, with why they would not be suggested for this place;
 * an admin may offer it to anyone the rule does not block, after confirming. */
export function VacancySearch({
  vacancy,
  place,
  canOffer,
}: {
  vacancy: VacancySummary;
  place: OfferPlace;
  canOffer: boolean;
}) {
  const [typed, setTyped] = useState('');
  const [asked, setAsked] = useState<{ text: string; offset: number } | null>(null);
  const [offering, setOffering] = useState<VacancySearchItem | null>(null);
  return (
    <Stack gap="sm">
      <form
        role="search"
        aria-label="Search the waiting list"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ text: typed.trim(), offset: 0 });
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Name or NHS number"
            description="Leave empty to list everyone, urgent first then longest waiting"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            w={320}
          />
          <Button type="submit" variant="default">
            Search
          </Button>
        </Group>
      </form>
      {asked && (
        <Results
          vacancyId={vacancy.id}
          asked={asked}
          canOffer={canOffer}
          onPage={(offset) => setAsked({ ...asked, offset })}
          onOffer={setOffering}
        />
      )}
      {offering && (
        <OfferOutsideDialog place={place} person={offering} onClose={() => setOffering(null)} />
      )}
    </Stack>
  );
}

function Results(props: {
  vacancyId: string;
  asked: { text: string; offset: number };
  canOffer: boolean;
  onPage: (offset: number) => void;
  onOffer: (person: VacancySearchItem) => void;
}) {
  const { asked } = props;
  const page = useQuery(vacancyQueries.search(props.vacancyId, asked.text, asked.offset));
  return (
    <QueryState query={page} label="the search">
      {(data) =>
        data.total === 0 ? (
          <Text role="status">No one on the waiting list matches.</Text>
        ) : (
          <Stack gap="xs">
            <TableScroll>
              <Table striped verticalSpacing="xs">
                <caption style={{ textAlign: 'left', fontWeight: 700 }}>
                  Waiting list search: {data.offset + 1} to {data.offset + data.items.length} of{' '}
                  {data.total}
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Waiting</Table.Th>
                    <Table.Th scope="col">Available</Table.Th>
                    <Table.Th scope="col">Suggested?</Table.Th>
                    {props.canOffer && <Table.Th scope="col">Offer</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((p) => (
                    <Table.Tr key={p.referralId}>
                      <Table.Td>
                        {p.name}{' '}
                        {p.urgent && (
                          <ToneBadge tone="danger" size="sm">
                            Urgent
                          </ToneBadge>
                        )}
                      </Table.Td>
                      <Table.Td>{count(p.waitWeeks, 'week')}</Table.Td>
                      <Table.Td>{p.availability}</Table.Td>
                      <Table.Td>
                        {p.reasons.length === 0
                          ? 'Yes: fits this place'
                          : `Not suggested: ${p.reasons.map((r) => r.text).join('; ')}`}
                      </Table.Td>
                      {props.canOffer && (
                        <Table.Td>
                          {p.canOffer ? (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`Offer the place to ${p.name}…`}
                              onClick={() => props.onOffer(p)}
                            >
                              Offer…
                            </Button>
                          ) : (
                            <Text size="sm">Cannot be offered</Text>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Group>
              <Button
                variant="default"
                size="xs"
                disabled={asked.offset === 0}
                onClick={() => props.onPage(Math.max(0, asked.offset - SEARCH_PAGE))}
              >
                Previous page
              </Button>
              <Button
                variant="default"
                size="xs"
                disabled={asked.offset + SEARCH_PAGE >= data.total}
                onClick={() => props.onPage(asked.offset + SEARCH_PAGE)}
              >
                Next page
              </Button>
            </Group>
          </Stack>
        )
      }
    </QueryState>
  );
}
