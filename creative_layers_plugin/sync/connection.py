"""A server as QGIS's settings describe it: the proxy of QGIS's network settings, and the user name and password of
an authentication configuration of QGIS's authentication manager (only its id is ever stored by the plugin)."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from .client import Server

_SCHEMES = {"HttpProxy": "http", "HttpCachingProxy": "http", "Socks5Proxy": "socks5h"}


def proxies_from_qgis(url: str) -> dict[str, str]:
    """The proxy QGIS's network settings give for ``url`` (none when it is off or ``url`` is excluded)."""
    settings = QgsSettings()
    if not settings.value("proxy/proxyEnabled", False, type=bool):
        return {}
    scheme = _SCHEMES.get(settings.value("proxy/proxyType", "HttpProxy", type=str))
    host = settings.value("proxy/proxyHost", "", type=str)
    if scheme is None or not host:  # DefaultProxy (the system's) and the others: requests has nothing to add
        return {}
    excluded = settings.value("proxy/proxyExcludedUrls", "", type=str)
    if any(prefix and url.startswith(prefix) for prefix in excluded.split("|")):
        return {}
    port = settings.value("proxy/proxyPort", "", type=str)
    user = settings.value("proxy/proxyUser", "", type=str)
    password = settings.value("proxy/proxyPassword", "", type=str)
    login = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    address = f"{scheme}://{login}{host}" + (f":{port}" if port else "")
    return {"http": address, "https": address}


def credentials(authcfg: str) -> tuple[str, str] | None:
    """(user, password) of a Basic authentication configuration; None without one. UserError when it is missing."""
    if not authcfg:
        return None
    manager = QgsApplication.authManager()
    if authcfg not in manager.configIds():
        raise UserError(tr("The authentication configuration {authcfg} does not exist in this QGIS profile: choose "
                           "one in the publishing settings.").format(authcfg=authcfg))  # fmt: skip
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)  # PyQGIS answers (ok, config)
    ok, config = loaded if isinstance(loaded, tuple) else (loaded, config)
    if not ok or config.method() != "Basic":
        raise UserError(tr("The authentication configuration {authcfg} cannot be read as a user name and password "
                           "(Basic): choose a Basic configuration, or unlock QGIS's authentication database.").format(
            authcfg=authcfg))  # fmt: skip
    return config.config("username"), config.config("password")


def open_server(url: str, authcfg: str = "", **options) -> Server:
    """The server at ``url`` with QGIS's proxy and the credentials of ``authcfg``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UserError(tr("{url} is not a server address: write it as https://host/path (the landing page of its "
                           "OGC API - Features).").format(url=url))  # fmt: skip
    return Server(url, auth=credentials(authcfg), proxies=proxies_from_qgis(url), **options)
