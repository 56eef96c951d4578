"""The process: configuration, the command line, wiring every part into `sokbo run`, the
database (tables, migrations), retention, and the health and metrics endpoint.

Follow one alert from match to post by the folders: rules' matches enter `bot.alerting`
(fan-out to subscribed channels, quieting, digests), wait in `bot.delivery` (the durable outbox
and the deliverer that leases channels and posts), and leave through `bot.platforms` (Slack,
Discord, console: renderers and transports). People talk to sokbo through `bot.commands`.
"""
