// The phone page's words, in both languages (same keys, checked by the type).
import type { Lang } from '../core/run-record.ts';

const en = {
  title: 'Dichtbij: vote with your phone',
  heading: 'Dichtbij',
  switchLang: 'Nederlands',
  codeLabel: 'Room code (on the big screen)',
  codeHint: 'Six letters, for example BKTZRM.',
  join: 'Join',
  codeInvalid: 'A room code is six letters from the big screen. Please check it and try again.',
  connecting: 'Connecting…',
  lost: 'Connection lost. Reconnecting… Your vote is kept.',
  waiting: 'You are in. Look at the big screen: the question will appear here when voting opens.',
  anonymous: 'Anonymous: your name is never asked and nothing about you is stored.',
  voteOpen: 'Choose one. You can change your vote until voting closes.',
  option: 'Option',
  yourVote: (n: number) => `Your vote: option ${n}. You can still change it.`,
  notVoted: 'You have not voted yet.',
  closed: 'Voting is closed. Look at the big screen.',
  closedVote: (n: number) => `Voting is closed. Your vote: option ${n}.`,
  closedNoVote: 'Voting is closed. You did not vote this time.',
  unavailable: 'Not available now (crossed out in the game)',
  result: 'The count',
  votes: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
  chosen: (n: number) => `The room chose option ${n}.`,
  overridden: (n: number) => `The facilitator chose option ${n}.`,
  mine: 'your vote',
  questionHeading: 'A question for the room',
  answerLabel: 'Your answer, one line (anonymous)',
  send: 'Send',
  sent: 'Thank you. The facilitator may show it on the big screen.',
  answerEmpty: 'Write a few words first.',
  shown: 'Shown on the big screen',
  unknownRoom: (code: string) => `There is no room ${code}. Check the code on the big screen and try again.`,
  roomFull: 'This room is full. Ask the facilitator; you can still raise your hand.',
  ended: 'This session has ended. Thank you for taking part.',
  tooFast: 'Slow down a little: that was too fast. Try again in a moment.',
  refused: 'That did not go through. Try again.',
  // Rooms that hold (issue 15).
  paused: 'A moment of pause. Breathe out slowly; the workshop goes on in a moment.',
  answersFull: 'The facilitator has all the answers this question can take. Thank you; you can still say it out loud.',
  checkHeading: 'Five statements, anonymous',
  checkIntro:
    'Say how far you agree with each statement. Anonymous: only the room’s totals are shown, and only from five phones on. You can leave any statement open.',
  checkSend: 'Send my answers',
  checkSent: 'Thank you. Your answers are counted with the room’s, anonymously.',
  checkEmpty: 'Pick an answer for at least one statement first.',
  roomGone: (code: string) => `Room ${code} is no longer there: the workshop's server lost it. Look at the big screen for the new code.`,
} as const;

export type JoinDict = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const nl: JoinDict = {
  title: 'Dichtbij: stem met je telefoon',
  heading: 'Dichtbij',
  switchLang: 'English',
  codeLabel: 'Sessiecode (op het grote scherm)',
  codeHint: 'Zes letters, bijvoorbeeld BKTZRM.',
  join: 'Meedoen',
  codeInvalid: 'Een sessiecode bestaat uit zes letters van het grote scherm. Kijk hem na en probeer het opnieuw.',
  connecting: 'Verbinden…',
  lost: 'Verbinding verbroken. Opnieuw verbinden… Je stem blijft bewaard.',
  waiting: 'Je doet mee. Kijk naar het grote scherm: de vraag verschijnt hier zodra het stemmen begint.',
  anonymous: 'Anoniem: je naam wordt nooit gevraagd en er wordt niets over jou bewaard.',
  voteOpen: 'Kies er één. Je kunt je stem veranderen tot het stemmen sluit.',
  option: 'Optie',
  yourVote: (n) => `Jouw stem: optie ${n}. Je kunt hem nog veranderen.`,
  notVoted: 'Je hebt nog niet gestemd.',
  closed: 'Het stemmen is gesloten. Kijk naar het grote scherm.',
  closedVote: (n) => `Het stemmen is gesloten. Jouw stem: optie ${n}.`,
  closedNoVote: 'Het stemmen is gesloten. Je hebt deze keer niet gestemd.',
  unavailable: 'Nu niet mogelijk (doorgestreept in het spel)',
  result: 'De telling',
  votes: (n) => (n === 1 ? '1 stem' : `${n} stemmen`),
  chosen: (n) => `De groep koos optie ${n}.`,
  overridden: (n) => `De begeleider koos optie ${n}.`,
  mine: 'jouw stem',
  questionHeading: 'Een vraag aan de groep',
  answerLabel: 'Jouw antwoord, één regel (anoniem)',
  send: 'Versturen',
  sent: 'Dank je. De begeleider kan het op het grote scherm laten zien.',
  answerEmpty: 'Schrijf eerst een paar woorden.',
  shown: 'Op het grote scherm',
  unknownRoom: (code) => `Er is geen sessie met code ${code}. Kijk de code op het grote scherm na en probeer het opnieuw.`,
  roomFull: 'Deze sessie is vol. Vraag het de begeleider; je kunt nog steeds je hand opsteken.',
  ended: 'Deze sessie is afgelopen. Dank je wel voor het meedoen.',
  tooFast: 'Rustig aan: dat ging te snel. Probeer het zo opnieuw.',
  refused: 'Dat is niet gelukt. Probeer het opnieuw.',
  paused: 'Even pauze. Adem rustig uit; de workshop gaat zo verder.',
  answersFull: 'Er zijn al zoveel antwoorden op deze vraag als de begeleider kan laten zien. Dank je; je mag het ook gewoon hardop zeggen.',
  checkHeading: 'Vijf uitspraken, anoniem',
  checkIntro:
    'Geef bij elke uitspraak aan in hoeverre je het ermee eens bent. Anoniem: alleen de totalen van de groep worden getoond, en pas vanaf vijf telefoons. Een uitspraak openlaten mag ook.',
  checkSend: 'Antwoorden versturen',
  checkSent: 'Dank je. Je antwoorden tellen anoniem mee met die van de groep.',
  checkEmpty: 'Kies eerst bij minstens één uitspraak een antwoord.',
  roomGone: (code) =>
    `Sessie ${code} bestaat niet meer: de workshopserver is hem kwijtgeraakt. Kijk op het grote scherm voor de nieuwe code.`,
};

export const joinDictionaries: Record<Lang, JoinDict> = { en, nl };

/** Dutch for any nl-*, English for en-*, else the room's language. */
export function phoneLang(languages: readonly string[], fallback: Lang): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return fallback;
}
