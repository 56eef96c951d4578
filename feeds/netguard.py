"""Keep fetches away from private networks.

Feed documents are untrusted (an article link may point at 169.254.169.254), and later
chat users hand us URLs. Every hop is checked: literal IP hosts before connecting (aiohttp
skips the resolver for them) and resolved names inside the resolver, which also defeats
DNS rebinding because the checked address is the one connected to.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class BlockedAddressError(OSError):
    """The URL leads to an address the policy refuses (private, loopback, link-local …)."""


@dataclass(frozen=True)
class AddressPolicy:
    """Which destinations fetches may reach.

    Public addresses always; private ones only when listed in `allow` (host names or
    networks such as "127.0.0.1" or "10.0.0.0/8"), or when `allow_private` is set.
    """

    allow_private: bool = False
    allow_hosts: frozenset[str] = frozenset()
    allow_networks: tuple[IPNetwork, ...] = field(default_factory=tuple)

    @classmethod
    def from_allow_list(cls, entries: Iterable[str], allow_private: bool = False) -> AddressPolicy:
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for entry in entries:
            entry = entry.strip().lower()
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry.rstrip("."))
        return cls(allow_private, frozenset(hosts), tuple(networks))

    def host_allowed(self, host: str) -> bool:
        return self.allow_private or host.lower().rstrip(".") in self.allow_hosts

    def address_allowed(self, address: IPAddress) -> bool:
        if self.allow_private:
            return True
        mapped = getattr(address, "ipv4_mapped", None)
        if mapped is not None:
            address = mapped
        if any(address in network for network in self.allow_networks):
            return True
        return address.is_global and not address.is_multicast

    def check_url(self, url: str) -> None:
        """Raise BlockedAddressError for a non-http(s) URL or a refused literal IP host."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BlockedAddressError(f"only http and https URLs are fetched: {url!r}")
        host = parts.hostname
        if self.host_allowed(host):
            return
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            return  # a name: checked after resolution by GuardedResolver
        if not self.address_allowed(literal):
            raise BlockedAddressError(f"{host} is not a public address")


class GuardedResolver(AbstractResolver):
    """Resolve, then drop every address the policy refuses; fail if none remain."""

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver | None = None) -> None:
        self._policy = policy
        self._inner = inner or DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if self._policy.host_allowed(host):
            return results
        allowed = [r for r in results if self._policy.address_allowed(ipaddress.ip_address(r["host"]))]
        if not allowed:
            raise BlockedAddressError(f"{host} resolves only to non-public addresses")
        return allowed

    async def close(self) -> None:
        await self._inner.close()
