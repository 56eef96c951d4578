"""What people ask sokbo in chat (`/sokbo subscribe …`, Korean verbs too): the verbs, who may
use each, whether the channel sees the answer, and the replies, the same on every platform.
"""
