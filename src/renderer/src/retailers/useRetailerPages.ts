import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractCallError } from '../../../contract/contractError';
import type { RetailerListInput, RetailerView } from '../../../contract/retailerSchemas';
import { asContractError } from '../client/asContractError';
import { useClient } from '../client/ClientContext';

/** Rows fetched per call as the clerk scrolls: a few screens' worth, far under the contract's 500. */
export const retailerPageRows = 200;

export type RetailerQuery = Omit<RetailerListInput, 'offset' | 'limit'>;

interface Pages {
  generation: number;
  total: number | undefined;
  pages: Map<number, RetailerView[]>;
}

export interface RetailerPages {
  /** How many retailers match; undefined until the first page of this query arrives. */
  total: number | undefined;
  rowAt: (index: number) => RetailerView | undefined;
  /** Loads the pages holding these rows, when they are not loaded or on their way. */
  showRange: (firstIndex: number, lastIndex: number) => void;
  /** Fetches the rows in view again (after an add or an import), keeping them on screen meanwhile. */
  reload: () => void;
  error: ContractCallError | undefined;
}

/**
 * The retailers matching a query, fetched a page at a time as rows come into view, so a list of
 * 100,000 costs what the screen shows. A new query starts over; an answer to an old one is dropped.
 */
export function useRetailerPages(query: RetailerQuery): RetailerPages {
  const client = useClient();
  const queryKey = JSON.stringify(query);
  const [state, setState] = useState<Pages>({ generation: 0, total: undefined, pages: new Map() });
  const [error, setError] = useState<ContractCallError>();
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const lastRange = useRef<[number, number]>([0, 0]);

  const loadPage = useCallback(
    async (page: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const callGeneration = generation.current;
      try {
        const result = await client.call('retailers.list', {
          ...(JSON.parse(queryKey) as RetailerQuery),
          offset: page * retailerPageRows,
          limit: retailerPageRows,
        });
        if (callGeneration !== generation.current) return;
        setError(undefined);
        setState((previous) => {
          // The first page of a new generation replaces whatever the previous one showed.
          const pages = previous.generation === callGeneration ? new Map(previous.pages) : new Map();
          pages.set(page, result.rows);
          return { generation: callGeneration, total: result.total, pages };
        });
      } catch (caught) {
        if (callGeneration !== generation.current) return;
        requested.current.delete(page);
        setError(asContractError(caught));
      }
    },
    [client, queryKey],
  );

  const loadRange = useCallback(
    (firstIndex: number, lastIndex: number) => {
      const firstPage = Math.floor(firstIndex / retailerPageRows);
      const lastPage = Math.floor(Math.max(firstIndex, lastIndex) / retailerPageRows);
      for (let page = firstPage; page <= lastPage; page += 1) void loadPage(page);
    },
    [loadPage],
  );

  const startGeneration = useCallback(() => {
    generation.current += 1;
    requested.current = new Set();
    loadRange(...lastRange.current);
  }, [loadRange]);

  // A new query: back to the top, nothing of the old one shown.
  useEffect(() => {
    lastRange.current = [0, 0];
    setState((previous) => ({ generation: previous.generation, total: undefined, pages: new Map() }));
    startGeneration();
  }, [startGeneration]);

  const showRange = useCallback(
    (firstIndex: number, lastIndex: number) => {
      lastRange.current = [firstIndex, lastIndex];
      loadRange(firstIndex, lastIndex);
    },
    [loadRange],
  );

  const rowAt = useCallback(
    (index: number) => state.pages.get(Math.floor(index / retailerPageRows))?.[index % retailerPageRows],
    [state.pages],
  );

  return { total: state.total, rowAt, showRange, reload: startGeneration, error };
}
