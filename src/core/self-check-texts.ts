// The self-check's statements, in both languages, in one place (a parity test keeps them
// together). Drawn from CONTENT.md's ideas. Not a clinical screen: no total, no right
// answer, no diagnosis; the statements ask how the player sees things, never what they are.
import type { Lang } from './run-record.ts';
import type { Level, SelfCheckItem } from './self-check-items.ts';

export interface SelfCheckTexts {
  statements: Record<SelfCheckItem, string>;
  levels: Record<Level, string>;
}

export const SELF_CHECK_TEXTS: Record<Lang, SelfCheckTexts> = {
  en: {
    statements: {
      protection: 'When someone pulls away right after a close moment, it is often a way of protecting themselves.',
      silence: 'When someone I love goes quiet and stops replying, it usually means they care less about me.',
      present: 'I trust myself to stay close to someone who pulls away, without putting pressure on them.',
      limit: 'I can stick to my own limits and still stay in touch.',
      support: 'I know who I can turn to when it gets too much for me.',
    },
    levels: {
      'not-at-all': 'Not at all',
      'a-little': 'A little',
      partly: 'Partly',
      mostly: 'Mostly',
      completely: 'Completely',
    },
  },
  nl: {
    statements: {
      protection:
        'Als iemand afstand neemt vlak nadat jullie je dicht bij elkaar voelden, is dat vaak een manier om zichzelf te beschermen.',
      silence: 'Als iemand van wie ik hou stilvalt en niet meer reageert, betekent dat meestal dat die minder om me geeft.',
      present: 'Ik vertrouw erop dat ik dichtbij kan blijven als iemand zich terugtrekt, zonder die persoon onder druk te zetten.',
      limit: 'Ik kan mijn eigen grenzen bewaken en toch in contact blijven.',
      support: 'Ik weet bij wie ik terechtkan als het me te veel wordt.',
    },
    levels: {
      'not-at-all': 'Helemaal niet',
      'a-little': 'Een beetje',
      partly: 'Deels',
      mostly: 'Grotendeels',
      completely: 'Helemaal',
    },
  },
};
