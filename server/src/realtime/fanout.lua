-- Library (prepended to scripts whose outcome watchers must see in order; not run on its own).
-- announce(kind, data) publishes the script's outcome on the fanout channel. Redis runs one script at a
-- time and delivers a channel's messages to every subscriber in publish order, so each node receives one
-- object's changes in the order they happened — which two nodes publishing after their own script
-- replies cannot promise (their messages may cross). The channel name is `channels.fanout` in keys.ts.
-- Numbers should travel as strings: cjson prints numbers with 14 significant digits.
local function announce(kind, data)
  redis.call('PUBLISH', 'pavilion:fanout', cjson.encode({ k = kind, d = data }))
end
