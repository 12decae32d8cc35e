// The Lua scripts that change a shared room in Redis. Each runs atomically on the Redis
// server, so a vote from a phone on one relay process and a "close the vote" from the
// facilitator on another cannot interleave: a vote is counted once or refused, never half.
//
// Keys of a room (P is the prefix, CODE the room code), all expiring after the idle time and
// renewed by every change:
//   P room:CODE     hash: lang, secret (SHA-256 of the facilitator's secret), state (JSON: the
//                   round without votes, the question, pause, approved answers), rev, roundId,
//                   open, allowed (",0,1,"), size, seq (tally sequence), c0..c7 (counts),
//                   questionId, answerN, fullTold, last
//   P votes:CODE    hash: phone token -> option index (the open round's votes)
//   P phones:CODE   hash: phone token -> " q1 q2 " (the questions it answered)
//   P answers:CODE  hash: answer id -> JSON { id, questionId, text, approved }
//   P presence:CODE hash: relay process id -> phones connected there
//   P secret:HASH   the code of the room this secret hosts
//   P ended:CODE    a lately ended room (a returning phone hears "ended")
//   P rooms         sorted set: code -> last activity (the relay-wide room cap)
//   P proc:ID       a live relay process (renewed every second or two)
// Keys are made inside the scripts from the code, so this needs one Redis, not a cluster.

/** Shared by every script: ARGV[1] prefix, [2] code, [3] now (ms), [4] idle ms. */
const PRELUDE = `
local P, code, now, idle = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local room = P .. 'room:' .. code
local votes = P .. 'votes:' .. code
local phones = P .. 'phones:' .. code
local answers = P .. 'answers:' .. code
local function touch()
  redis.call('HSET', room, 'last', now)
  for _, key in ipairs({ room, votes, phones, answers }) do redis.call('PEXPIRE', key, idle) end
  local secret = redis.call('HGET', room, 'secret')
  if secret then redis.call('PEXPIRE', P .. 'secret:' .. secret, idle) end
  redis.call('ZADD', P .. 'rooms', now, code)
end
local function tally()
  local size = tonumber(redis.call('HGET', room, 'size') or '0')
  local out = { tonumber(redis.call('HGET', room, 'seq') or '0'), redis.call('HLEN', votes) }
  for i = 0, size - 1 do out[#out + 1] = tonumber(redis.call('HGET', room, 'c' .. i) or '0') end
  return out
end
`;

/** ARGV[5] lang, [6] secret hash, [7] state JSON, [8] room cap. */
export const CREATE = `${PRELUDE}
if redis.call('EXISTS', room) == 1 or redis.call('EXISTS', P .. 'ended:' .. code) == 1 then return 'taken' end
redis.call('ZREMRANGEBYSCORE', P .. 'rooms', '-inf', now - idle)
if redis.call('ZCARD', P .. 'rooms') >= tonumber(ARGV[8]) then return 'full' end
redis.call('HSET', room, 'lang', ARGV[5], 'secret', ARGV[6], 'state', ARGV[7], 'rev', 0, 'roundId', '',
  'open', '0', 'allowed', ',', 'size', 0, 'seq', 0, 'questionId', '', 'answerN', 0)
redis.call('SET', P .. 'secret:' .. ARGV[6], code, 'PX', idle)
touch()
return 'ok'
`;

/** ARGV[5] a new token, [6] the phone's token or '', [7] phones per room. */
export const JOIN = `${PRELUDE}
if redis.call('EXISTS', room) == 0 then return { 'gone' } end
local token = ARGV[6]
if token == '' or redis.call('HEXISTS', phones, token) == 0 then
  if redis.call('HLEN', phones) >= tonumber(ARGV[7]) then return { 'room-full' } end
  token = ARGV[5]
  redis.call('HSET', phones, token, ' ')
end
touch()
local m = redis.call('HMGET', room, 'state', 'rev', 'lang')
return { 'ok', token, m[1], m[2], m[3], redis.call('HGET', votes, token) or '', redis.call('HGET', phones, token) }
`;

/**
 * ARGV[5] token, [6] round id, [7] option index. Counts in the room hash move with the vote.
 * Returns the outcome, the questions the phone answered (for its view), then the tally.
 */
export const VOTE = `${PRELUDE}
if redis.call('EXISTS', room) == 0 then return { 'gone' } end
local m = redis.call('HMGET', room, 'roundId', 'open', 'allowed')
if m[1] ~= ARGV[6] then return { 'no-round' } end
if m[2] ~= '1' then return { 'round-closed' } end
if not string.find(m[3], ',' .. ARGV[7] .. ',', 1, true) then return { 'bad-option' } end
local answered = redis.call('HGET', phones, ARGV[5]) or ' '
local before = redis.call('HGET', votes, ARGV[5])
if before == ARGV[7] then touch() return { 'unchanged', answered } end
redis.call('HSET', votes, ARGV[5], ARGV[7])
redis.call('HINCRBY', room, 'c' .. ARGV[7], 1)
if before then redis.call('HINCRBY', room, 'c' .. before, -1) end
redis.call('HINCRBY', room, 'seq', 1)
touch()
return { 'counted', answered, unpack(tally()) }
`;

/** ARGV[5] token, [6] question id, [7] text, [8] answers per question. */
export const ANSWER = `${PRELUDE}
if redis.call('EXISTS', room) == 0 then return { 'gone' } end
if redis.call('HGET', room, 'questionId') ~= ARGV[6] then return { 'no-question' } end
local answered = redis.call('HGET', phones, ARGV[5])
if not answered then return { 'no-question' } end
if string.find(answered, ' ' .. ARGV[6] .. ' ', 1, true) then return { 'already-answered' } end
if redis.call('HLEN', answers) >= tonumber(ARGV[8]) then
  return { 'answers-full', redis.call('HSETNX', room, 'fullTold', '1') }
end
local id = 'a' .. redis.call('HINCRBY', room, 'answerN', 1)
redis.call('HSET', answers, id, cjson.encode({ id = id, questionId = ARGV[6], text = ARGV[7], approved = false }))
redis.call('HSET', phones, ARGV[5], answered .. ARGV[6] .. ' ')
touch()
return { 'ok', id }
`;

/** Closes the open round: no vote is counted after this returns the counts. */
export const CLOSE = `${PRELUDE}
if redis.call('EXISTS', room) == 0 then return { 'gone' } end
redis.call('HSET', room, 'open', '0')
touch()
return { 'ok', unpack(tally()) }
`;

/**
 * The facilitator's change: ARGV[5] state JSON, [6] round id, [7] open, [8] allowed,
 * [9] size, [10] '1' for a new round (its votes start empty), [11] question id, [12] '1' for
 * a new question (its answers start empty).
 */
export const STATE = `${PRELUDE}
if redis.call('EXISTS', room) == 0 then return { 'gone' } end
if ARGV[10] == '1' then
  redis.call('DEL', votes)
  for i = 0, 7 do redis.call('HDEL', room, 'c' .. i) end
end
if ARGV[12] == '1' then
  redis.call('DEL', answers)
  redis.call('HDEL', room, 'fullTold')
end
redis.call('HSET', room, 'state', ARGV[5], 'roundId', ARGV[6], 'open', ARGV[7], 'allowed', ARGV[8],
  'size', ARGV[9], 'questionId', ARGV[11])
local rev = redis.call('HINCRBY', room, 'rev', 1)
redis.call('HINCRBY', room, 'seq', 1)
touch()
return { 'ok', rev, unpack(tally()) }
`;

/** The room as it stands: lang, state, rev, then the tally. */
export const READ = `${PRELUDE}
if redis.call('EXISTS', room) == 0 then return { 'gone' } end
local m = redis.call('HMGET', room, 'lang', 'state', 'rev')
return { 'ok', m[1], m[2], m[3], unpack(tally()) }
`;

/** Ends the room: everything of it is deleted at once; the code is remembered as ended. */
export const END = `${PRELUDE}
local secret = redis.call('HGET', room, 'secret')
if secret then redis.call('DEL', P .. 'secret:' .. secret) end
redis.call('DEL', room, votes, phones, answers, P .. 'presence:' .. code)
redis.call('ZREM', P .. 'rooms', code)
redis.call('SET', P .. 'ended:' .. code, '1', 'PX', idle)
return 'ok'
`;

/** ARGV[5] this process, [6] phones connected here: the room's phones connected anywhere. */
export const PRESENCE = `${PRELUDE}
local key = P .. 'presence:' .. code
if tonumber(ARGV[6]) > 0 then redis.call('HSET', key, ARGV[5], ARGV[6]) else redis.call('HDEL', key, ARGV[5]) end
redis.call('PEXPIRE', key, idle)
local total, all = 0, redis.call('HGETALL', key)
for i = 1, #all, 2 do
  if redis.call('EXISTS', P .. 'proc:' .. all[i]) == 1 then total = total + tonumber(all[i + 1])
  else redis.call('HDEL', key, all[i]) end
end
return total
`;

/**
 * A phone's join, looked up against the relay-wide budget of wrong codes (P budget:wrong-codes,
 * a token bucket all processes draw from; no address in it), in one step so that many
 * processes guessing at once cannot all pass one check. ARGV[5] token or '', [6] burst,
 * [7] refill per second. Out of budget, a code is not even looked at ('busy').
 */
export const FIND = `${PRELUDE}
local live = redis.call('EXISTS', room) == 1
if live and ARGV[5] ~= '' and redis.call('HEXISTS', phones, ARGV[5]) == 1 then return 'returning' end
local key = P .. 'budget:wrong-codes'
local burst, rate = tonumber(ARGV[6]), tonumber(ARGV[7])
local saved = redis.call('HMGET', key, 'tokens', 'at')
local tokens, at = tonumber(saved[1]) or burst, tonumber(saved[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
local answer
if tokens < 1 then answer = 'busy'
elseif live then answer = 'live'
elseif redis.call('EXISTS', P .. 'ended:' .. code) == 1 then answer = 'ended'
else
  tokens = tokens - 1
  answer = 'unknown'
end
redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', key, math.ceil(burst / rate * 1000) + 1000)
return answer
`;

export const SCRIPTS = { CREATE, JOIN, VOTE, ANSWER, CLOSE, STATE, READ, END, PRESENCE, FIND } as const;
export type ScriptName = keyof typeof SCRIPTS;
