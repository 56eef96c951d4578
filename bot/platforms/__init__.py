"""The chat platforms: Slack (Bolt app, Web API transport), Discord (slash commands over the
gateway, REST transport), the console for a run without chat tokens, and the pure renderers
that write each platform's markup with every mention in article text neutralised.
"""
