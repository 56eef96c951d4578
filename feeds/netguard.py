"""Keep fetches away from private networks.

Feed documents are untrusted (an article link may point at 169.254.169.254), and later
chat users hand us URLs. Every hop is checked: literal IP hosts before connecting (aiohttp
skips the resolver for them) and resolved names inside the resolver, which also defeats
DNS rebinding because the checked address is the one connected to.
"""

from __future__ import annotations

import ipaddress
import re
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


Port = int | None  # None: any port


@dataclass(frozen=True)
class AddressPolicy:
    """Which destinations fetches may reach.

    Public addresses always; private ones only when listed in `allow` (host names or
    networks such as "127.0.0.1" or "10.0.0.0/8", each optionally with a port:
    "10.0.0.5:8080", "[::1]:8080"), or when `allow_private` is set. A port keeps an
    allowed host from exposing every other service on it (PostgreSQL on 5432 …).
    """

    allow_private: bool = False
    allow_hosts: frozenset[tuple[str, Port]] = frozenset()
    allow_networks: tuple[tuple[IPNetwork, Port], ...] = field(default_factory=tuple)

    @classmethod
    def from_allow_list(cls, entries: Iterable[str], allow_private: bool = False) -> AddressPolicy:
        hosts: set[tuple[str, Port]] = set()
        networks: list[tuple[IPNetwork, Port]] = []
        for entry in entries:
            host, port = split_allow_entry(entry)
            try:
                networks.append((ipaddress.ip_network(host, strict=False), port))
            except ValueError:
                hosts.add((host.rstrip("."), port))
        return cls(allow_private, frozenset(hosts), tuple(networks))

    @property
    def public_only(self) -> bool:
        return not (self.allow_private or self.allow_hosts or self.allow_networks)

    def host_allowed(self, host: str, port: Port = None) -> bool:
        """Whether `host` is listed by name (for `port`, or for any port when `port` is None)."""
        name = host.lower().rstrip(".")
        return self.allow_private or any(h == name and (p is None or p == port) for h, p in self.allow_hosts)

    def address_allowed(self, address: IPAddress, port: Port = None) -> bool:
        if self.allow_private:
            return True
        mapped = getattr(address, "ipv4_mapped", None)
        if mapped is not None:
            address = mapped
        if any(address in network and (p is None or p == port) for network, p in self.allow_networks):
            return True
        return address.is_global and not address.is_multicast

    def check_url(self, url: str) -> None:
        """Raise BlockedAddressError for a non-http(s) URL or a refused literal IP host."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BlockedAddressError(f"only http and https URLs are fetched: {url!r}")
        host, port = parts.hostname, url_port(url)
        if self.host_allowed(host, port):
            return
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            return  # a name: checked after resolution by GuardedResolver
        if not self.address_allowed(literal, port):
            raise BlockedAddressError(f"{host}:{port} is not a public address" if self.public_only
                                      else f"{host}:{port} is neither public nor in fetch.allow_hosts")


def split_allow_entry(entry: str) -> tuple[str, Port]:
    """"10.0.0.5:8080" → ("10.0.0.5", 8080); "[::1]:80" → ("::1", 80); "::1", "10.0.0.0/8" → any port."""
    entry = entry.strip().lower()
    bracketed = re.fullmatch(r"\[([^\]]+)\](?::(\d{1,5}))?", entry)
    if bracketed:
        return bracketed.group(1), int(bracketed.group(2)) if bracketed.group(2) else None
    named = re.fullmatch(r"([^:]+):(\d{1,5})", entry)  # one colon: host:port (IPv6 has several)
    if named:
        return named.group(1), int(named.group(2))
    return entry, None


def url_port(url: str) -> int:
    parts = urlsplit(url)
    return parts.port or (443 if parts.scheme == "https" else 80)


class GuardedResolver(AbstractResolver):
    """Resolve, then drop every address the policy refuses; fail if none remain."""

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver | None = None) -> None:
        self._policy = policy
        self._inner = inner or DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if self._policy.host_allowed(host, port):
            return results
        allowed = [r for r in results if self._policy.address_allowed(ipaddress.ip_address(r["host"]), port)]
        if not allowed:
            raise BlockedAddressError(f"{host} resolves only to non-public addresses")
        return allowed

    async def close(self) -> None:
        await self._inner.close()
