import { describe, expect, it } from 'vitest';
import { choicePointId } from '../../src/core/choice-point-id.ts';
import { parseBeat, parseChoiceKind, parseGlobalTags, splitTag } from '../../src/core/tags.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { nl } from '../../src/ui/i18n/nl.ts';

describe('tags', () => {
  it('takes everything after the first colon as the value', () => {
    expect(splitTag('discuss: What now: really?')).toEqual(['discuss', 'What now: really?']);
    expect(splitTag('inner')).toEqual(['inner', null]);
  });

  it('collects unknown tags as problems without failing the line', () => {
    const beat = parseBeat('Hi.', ['pose:dancing', 'colour:red', 'speaker:loved']);
    expect(beat.role).toBe('speech');
    expect(beat.pose).toBeNull();
    expect(beat.problems).toEqual(['unknown tag #pose:dancing', 'unknown tag #colour:red']);
  });

  it('needs exactly one known kind on a choice', () => {
    expect(parseChoiceKind(['kind:attune']).problems).toEqual([]);
    expect(parseChoiceKind([]).problems).toHaveLength(1);
    expect(parseChoiceKind(['kind:hug']).problems).toEqual(['unknown kind "hug"']);
    expect(parseChoiceKind(['kind:attune', 'kind:pursue']).problems).toHaveLength(1);
  });

  it('reads scenario metadata from the global tags and names what is missing', () => {
    const { meta, problems } = parseGlobalTags([
      'id: a-b',
      'title: T',
      'form: withdrawal',
      'minutes: 9',
      'note: N',
      'reflect: One?',
      'reflect: Two?',
    ]);
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({ id: 'a-b', form: 'withdrawal', minutes: 9, reflect: ['One?', 'Two?'] });
    expect(parseGlobalTags(['id: Not Kebab', 'form: other']).problems).toEqual(
      expect.arrayContaining([
        'id "Not Kebab" is not kebab-case',
        'unknown form "other"',
        'missing global tag # title:',
        'missing global tag # note:',
      ]),
    );
  });
});

describe('choice point ids', () => {
  it('are the weave container the offered choices share, stable when a conditional option is hidden', () => {
    expect(choicePointId(['kitchen.0.g-1.3', 'kitchen.0.g-1.4', 'kitchen.0.g-1.7.2'])).toBe('kitchen.0.g-1');
    expect(choicePointId(['kitchen.0.g-1.3', 'kitchen.0.g-1.7.2'])).toBe('kitchen.0.g-1');
    expect(choicePointId(['kitchen.0.5', 'kitchen.0.6'])).toBe('kitchen');
    expect(choicePointId(['kitchen.0.g-0.5', 'kitchen.0.g-0.6'])).not.toBe(choicePointId(['kitchen.0.5', 'kitchen.0.6']));
  });
});

describe('interface text', () => {
  function keys(value: unknown, prefix = ''): string[] {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`));
    }
    return [prefix.slice(0, -1)];
  }

  it('has every key in both languages, with the same shape', () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    const shape = (v: unknown): unknown =>
      Array.isArray(v)
        ? `array:${v.length}`
        : typeof v === 'object' && v
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
          : typeof v;
    expect(shape(nl)).toEqual(shape(en));
  });
});
