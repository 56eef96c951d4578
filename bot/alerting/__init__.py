"""From matches to alerts for channels: the rules pipeline that stores matches, fan-out to the
channels that subscribe (one alert per article and channel, stories merged across outlets),
quieting (mutes, quiet hours, digests), operators' notices, and the words alerts are told in.
"""
