import { afterEach, describe, expect, it } from 'vitest';
import { numberingProblem } from '../../../src/core/topups/topupChecks';
import { newActionId, type OperatorWorld, startOperatorWorld, syncNow } from '../../support/operatorWorld';
import { temporaryFolders } from '../../support/temporaryFolder';

const newTemporaryFolder = temporaryFolders();
const worlds: OperatorWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const senegal = { countryCode: '221', subscriberDigits: 9, prefixes: ['77', '78'] };

describe("a subscriber's number", () => {
  it("is checked against the operator's country code, length and prefixes", () => {
    expect(numberingProblem('221771234567', senegal)).toBeUndefined();
    expect(numberingProblem('225771234567', senegal)).toBe(
      'does not start with the country code (expected 221 followed by 9 digits starting 77, 78)',
    );
    expect(numberingProblem('22177123456', senegal)).toBe(
      'has 8 digits after the country code (expected 221 followed by 9 digits starting 77, 78)',
    );
    expect(numberingProblem('221701234567', senegal)).toBe(
      "is not one of this operator's prefixes (expected 221 followed by 9 digits starting 77, 78)",
    );
  });
});

describe('direct top-ups from the desk', () => {
  it("refuses a line that is not the operator's and warns of the same line and amount twice in a few minutes", async () => {
    const world = await startOperatorWorld(newTemporaryFolder());
    worlds.push(world);
    await world.call('operator.saveTerms', {
      wholesaleDiscountBasisPoints: 0,
      paymentTerms: 'prepaid',
      numbering: { countryCode: '225', subscriberDigits: 10, prefixes: ['07', '05'] },
    });
    await world.call('operator.purchase', { id: newActionId(), amountMinor: 100_000 });
    await syncNow(world, 2_000);

    const foreign = await world.refusal('operator.topup', {
      id: newActionId(),
      msisdn: '221771234567',
      amountMinor: 1_000,
    });
    expect(foreign).toMatchObject({ code: 'bad_input', reason: 'not_operator_number' });
    expect(foreign.message).toBe(
      'msisdn 221771234567 does not start with the country code (expected 225 followed by 10 digits starting 07, 05): it is not a Sandbox Telecom line.',
    );

    const first = await world.call('operator.topup', {
      id: newActionId(),
      msisdn: '2250700000099',
      amountMinor: 2_000,
    });
    const replay = await world.call('operator.topup', {
      id: first.id,
      msisdn: '2250700000099',
      amountMinor: 2_000,
    });
    expect(replay.id).toBe(first.id);
    const twice = await world.refusal('operator.topup', {
      id: newActionId(),
      msisdn: '2250700000099',
      amountMinor: 2_000,
    });
    expect(twice).toMatchObject({ code: 'business_rule', reason: 'possible_duplicate' });
    expect(twice.message).toBe(
      '2250700000099 was topped up with the same amount 1 minute(s) ago. If this second top-up is meant, confirm it.',
    );
    const otherAmount = await world.call('operator.topup', {
      id: newActionId(),
      msisdn: '2250700000099',
      amountMinor: 2_500,
    });
    expect(otherAmount.state).toBe('queued');
    const meant = await world.call('operator.topup', {
      id: newActionId(),
      msisdn: '2250700000099',
      amountMinor: 2_000,
      confirmDuplicate: true,
    });
    expect(meant.state).toBe('queued');
    await syncNow(world, 2_000);
    const queue = await world.call('sync.queue', { filter: 'all' });
    expect(
      queue.actions.filter((action) => action.kind === 'direct_topup' && action.state === 'confirmed'),
    ).toHaveLength(3);
  });
});
