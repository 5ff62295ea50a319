"""An OGC API - Features client over ``requests``: Part 1 to read (collections, items with paging), Part 4 to write
(POST, PUT, DELETE), with what QGIS users expect of a plugin on the network: QGIS's proxy settings, credentials from
QGIS's authentication manager only, TLS verification always on, bounded retries with backoff for what may be
repeated safely, and every answer that is not a success turned into one sentence that says what to do
(``ServerError``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from ..__about__ import __version__
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr

GEOJSON = "application/geo+json"
PAGE_SIZE = 1000
RETRY_STATUSES = (429, 502, 503, 504)
AMBIGUOUS = (500, 502, 504)  # a write answered so may or may not have been done (a proxy's or the server's fault)
BROKEN = (
    requests.exceptions.ConnectionError,
    requests.exceptions.Timeout,
    requests.exceptions.ChunkedEncodingError,  # an answer cut short
    requests.exceptions.ContentDecodingError,
)
PROBE_ID = "creative-layers-write-probe"  # an item id no server gives


class ServerError(UserError):
    """A server that did not do what was asked; ``status`` is the HTTP status (None: no answer at all).
    ``maybe_done``: a write that the server may have carried out all the same (an attempt of it had no answer, or a
    fault for an answer), whatever the last attempt's answer says."""

    def __init__(
        self,
        sentence: str,
        details: str = "",
        status: int | None = None,
        retryable: bool = False,
        maybe_done: bool = False,
    ):
        super().__init__(sentence, details)
        self.status = status
        self.retryable = retryable
        self.maybe_done = maybe_done


@dataclass
class ServerInfo:
    url: str
    conformance: list[str] = field(default_factory=list)
    collections: dict[str, str] = field(default_factory=dict)  # id -> title

    def conforms_to(self, part: str) -> bool:
        return any(part in item for item in self.conformance)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def sentence_for(status: int, url: str, what: str = "") -> tuple[str, bool]:
    """The sentence for an HTTP error status, and whether trying again later may succeed."""
    host, what = _host(url), what or url
    if status == 401:
        return tr("The server {host} refused the user name or password: check the authentication configuration "
                  "chosen for it in QGIS, then publish again.").format(host=host), False  # fmt: skip
    if status == 403:
        return tr("The server {host} does not let this account change {what}: ask its administrator for write "
                  "access.").format(host=host, what=what), False  # fmt: skip
    if status == 404:
        return tr("The server {host} has no {what}: check the server's address, or ask its administrator to publish "
                  "it.").format(host=host, what=what), False  # fmt: skip
    if status in (409, 412):
        return tr("Someone changed {what} on the server in the meantime: publish again to see the change and "
                  "decide.").format(what=what), False  # fmt: skip
    if status == 413:
        return tr(
            "The server {host} finds {what} too large to accept: make it smaller (a shorter text, a simpler "
            "shape) or ask its administrator to accept larger requests."
        ).format(host=host, what=what), False
    if status in (400, 422):
        return tr("The server {host} refused {what} as invalid: check its values (the log panel has the server's "
                  "answer), correct it and publish again.").format(host=host, what=what), False  # fmt: skip
    if status == 429:
        return tr("The server {host} is busy (too many requests): wait a minute and publish again.").format(
            host=host), True  # fmt: skip
    if status >= 500:
        return tr(
            "The server {host} failed ({status}) while handling {what}: try again later; if it goes on, tell "
            "its administrator."
        ).format(host=host, status=status, what=what), status in RETRY_STATUSES
    return tr("The server {host} answered {status} to {what}: publish again later.").format(
        host=host, status=status, what=what), False  # fmt: skip


def _check_whole(response: requests.Response) -> None:
    """An answer shorter than its Content-Length was cut short on the way (urllib3 1.26, Debian 12's, does not
    check it): raised as a broken answer, like a connection that broke."""
    if response.request is not None and response.request.method == "HEAD":
        return  # a HEAD's Content-Length is the size of what a GET would bring
    expected = response.headers.get("Content-Length", "")
    received = response.raw.tell() if hasattr(response.raw, "tell") else len(response.content)
    if expected.isdigit() and received < int(expected):
        raise requests.exceptions.ChunkedEncodingError(f"answer cut short: {received} of {expected} bytes")


class Server:
    """One OGC API - Features server (its landing page's URL), with a kept-alive connection pool."""

    def __init__(
        self,
        url: str,
        auth: tuple[str, str] | None = None,
        proxies: dict[str, str] | None = None,
        timeout: tuple[float, float] = (5.0, 60.0),
        retries: int = 3,
        backoff: float = 0.5,
        pool: int = 8,
    ) -> None:
        self.url = url.rstrip("/") + "/"
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.session = requests.Session()
        self.session.verify = True  # never turned off
        self.session.auth = auth
        self.session.proxies.update(proxies or {})
        self.session.trust_env = False  # QGIS's proxy settings, not the environment's
        self.session.headers.update({"User-Agent": f"CreativeLayers/{__version__} (QGIS plugin)"})
        adapter = HTTPAdapter(pool_connections=pool, pool_maxsize=pool)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        # collection -> how its records' properties are read back into the schema's names (``answers.reading``)
        self.readings: dict[str, Callable[[dict], dict]] = {}

    def close(self) -> None:
        self.session.close()

    # the one place requests are sent
    def request(self, method: str, url: str, what: str = "", retry: bool = True, **kwargs) -> requests.Response:
        """Send, retrying what may be repeated (connection failures, 429, 502-504) with backoff; raise ServerError.
        With ``retry`` False (a create: sent twice it would make two records) only the answers that say the request
        was turned away unread (429, 503) are retried."""
        url = url if url.startswith("http") else urljoin(self.url, url)
        # a write is never redirected: requests would turn a POST answered 301 into a GET, and report it done
        safe = method in ("GET", "HEAD", "OPTIONS")
        kwargs.setdefault("allow_redirects", safe)
        attempts = self.retries + 1
        maybe_done = False  # an attempt of this write may have been carried out: the next ones do not tell
        for attempt in range(attempts):
            try:
                response = self.session.request(method, url, timeout=self.timeout, **kwargs)
                _check_whole(response)
            except requests.exceptions.SSLError as error:
                raise ServerError(tr("The server {host} has a certificate QGIS cannot trust: ask its administrator "
                                     "to fix it; the plugin never sends data over an unverified connection.").format(
                    host=_host(url)), repr(error)) from error  # fmt: skip
            except BROKEN as error:
                maybe_done = maybe_done or not safe
                if retry and attempt + 1 < attempts:
                    time.sleep(self.backoff * 2**attempt)
                    continue
                if isinstance(error, requests.exceptions.Timeout):
                    sentence = tr("The server {host} took too long to answer: try again later; nothing was lost.")
                elif isinstance(error, requests.exceptions.ConnectionError):
                    sentence = tr("The server {host} does not answer: check its address and that it is running, "
                                  "then publish again.")  # fmt: skip
                else:
                    sentence = tr("The connection to the server {host} broke off in the middle of an answer: "
                                  "publish again; nothing was lost.")  # fmt: skip
                raise ServerError(sentence.format(host=_host(url)), repr(error), retryable=True,
                                  maybe_done=maybe_done) from error  # fmt: skip
            if 300 <= response.status_code < 400 and not kwargs["allow_redirects"]:
                location = response.headers.get("Location", "")
                raise ServerError(tr("The server {host} sends its requests on to {location}: publish to that address "
                                     "instead; nothing was sent.").format(host=_host(url), location=location),
                                  f"{method} {url} -> {response.status_code}")  # fmt: skip
            if response.status_code < 400:
                return response
            sentence, retryable = sentence_for(response.status_code, url, what)
            turned_away = response.status_code in (429, 503)
            maybe_done = maybe_done or (not safe and response.status_code in AMBIGUOUS)
            if retryable and (retry or turned_away) and attempt + 1 < attempts:
                wait = response.headers.get("Retry-After", "")
                time.sleep(min(float(wait), 10.0) if wait.isdigit() else self.backoff * 2**attempt)
                continue
            details = f"{method} {url} -> {response.status_code}: {response.text[:500]}"
            raise ServerError(sentence, details, status=response.status_code, retryable=retryable,
                              maybe_done=maybe_done)  # fmt: skip
        raise AssertionError("unreachable")  # pragma: no cover

    def json(self, url: str, what: str = "", **kwargs) -> dict:
        return self._decoded(self.request("GET", url, what, headers={"Accept": "application/json"}, **kwargs))

    @staticmethod
    def _decoded(response: requests.Response) -> dict:
        try:
            return response.json()
        except ValueError as error:
            raise ServerError(tr("The server at {url} did not answer with JSON: check that the address is the "
                                 "landing page of an OGC API - Features server.").format(url=response.url),
                              response.text[:300], status=response.status_code) from error  # fmt: skip

    # Part 1: reading
    def probe(self) -> ServerInfo:
        """Conformance and collections: what the server is and what it holds."""
        info = ServerInfo(self.url)
        try:
            conformance = self.json("conformance", tr("its conformance page"))
        except ServerError as error:
            if error.status not in (200, 404):  # none, or not JSON: not an OGC API - Features landing page
                raise
            raise ServerError(tr("{url} is not the landing page of an OGC API - Features server (it has no "
                                 "conformance page): check the address, such as https://host/wfs3.").format(
                url=self.url.rstrip("/")), error.details, status=404) from error  # fmt: skip
        info.conformance = list(conformance.get("conformsTo", []))
        collections = self.json("collections", tr("its list of collections")).get("collections", [])
        info.collections = {item["id"]: item.get("title") or item["id"] for item in collections if "id" in item}
        return info

    def items_url(self, collection: str) -> str:
        return f"collections/{collection}/items"

    def items(self, collection: str, page_size: int = PAGE_SIZE) -> Iterator[dict]:
        """Every feature of a collection, page after page (following the ``next`` links)."""
        what = tr("the collection {collection}").format(collection=collection)
        url = urljoin(self.url, self.items_url(collection))
        params: dict | None = {"limit": page_size}
        seen = set()
        while url and url not in seen:
            seen.add(url)
            page = self.json(url, what, params=params)
            yield from (self.believed(collection, feature) for feature in page.get("features", []))
            url = next((link["href"] for link in page.get("links", []) if link.get("rel") == "next"), None)
            params = None  # the next link carries them

    def get(self, collection: str, remote_id: str) -> tuple[dict, str | None]:
        what = tr("a record of {collection}").format(collection=collection)
        response = self.request("GET", f"{self.items_url(collection)}/{remote_id}", what,
                                headers={"Accept": GEOJSON})  # fmt: skip
        return self.believed(collection, self._decoded(response)), response.headers.get("ETag")

    def believed(self, collection: str, feature: dict) -> dict:
        """A feature as the server gave it, its properties read back into the schema's names where the server
        answers with labels (``readings``)."""
        reading = self.readings.get(collection)
        if reading is None or not isinstance(feature, dict):
            return feature
        return {**feature, "properties": reading(feature.get("properties") or {})}

    def allowed_methods(self, collection: str) -> set[str]:
        """What OPTIONS says may be done on the collection's items (empty when the server does not say)."""
        try:
            response = self.request("OPTIONS", self.items_url(collection), retry=False)
        except ServerError:
            return set()
        return {method.strip().upper() for method in response.headers.get("Allow", "").split(",") if method.strip()}

    # Part 4: writing
    def check_write(self, collection: str) -> bool:
        """Whether the credentials may write to ``collection``, without changing anything: a DELETE of an item that
        cannot exist (a server checks who asks before it looks for the item). ServerError when they may not."""
        what = tr("the collection {collection}").format(collection=collection)
        try:
            self.request("DELETE", f"{self.items_url(collection)}/{PROBE_ID}", what, retry=False)
        except ServerError as error:
            if error.status in (401, 403) or error.status is None:  # any other answer came from past the door
                raise
        return True

    def find(self, collection: str, uid: str) -> tuple[bool, str | None]:
        """Whether the server can say if a record with ``uid`` exists (a property filter), and its id if it does.
        A server that ignores the filter answers other records: then it cannot say (False, None)."""
        what = tr("the collection {collection}").format(collection=collection)
        page = self.json(self.items_url(collection), what, params={"uid": uid, "limit": 10})
        features = [self.believed(collection, feature) for feature in page.get("features", [])]
        for feature in features:
            if (feature.get("properties") or {}).get("uid") == uid and feature.get("id") is not None:
                return True, str(feature["id"])
        return all((feature.get("properties") or {}).get("uid") == uid for feature in features), None

    def create(self, collection: str, feature: dict) -> str | None:
        """POST a feature. When the answer is lost (no answer, an answer cut short, 500/502/504), the record is looked
        for by its uid before it is sent again: found, it was created; absent, it is sent again (bounded, with
        backoff); when the server cannot say, the error stands (the next publish finds it by its uid)."""
        uid = (feature.get("properties") or {}).get("uid")
        for attempt in range(self.retries + 1):
            try:
                return self._post(collection, feature)
            except ServerError as error:
                if not uid or not error.maybe_done or attempt == self.retries:
                    raise
                try:
                    known, remote_id = self.find(collection, uid)
                except ServerError:
                    raise error from None
                if remote_id is not None:
                    return remote_id
                if not known:
                    raise
                time.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _post(self, collection: str, feature: dict) -> str | None:
        what = tr("a new record of {collection}").format(collection=collection)
        response = self.request("POST", self.items_url(collection), what, retry=False, json=feature,
                                headers={"Content-Type": GEOJSON})  # fmt: skip
        location = response.headers.get("Location", "")
        if location:
            return location.rstrip("/").rsplit("/", 1)[-1]
        try:
            return str(response.json().get("id")) if response.content else None
        except ValueError:
            return None

    def replace(self, collection: str, remote_id: str, feature: dict, etag: str | None = None) -> None:
        what = tr("a record of {collection}").format(collection=collection)
        headers = {"Content-Type": GEOJSON}
        if etag:
            headers["If-Match"] = etag
        self.request("PUT", f"{self.items_url(collection)}/{remote_id}", what, json=feature, headers=headers)

    # the media store (photos), at the server's origin whatever the API's path
    def media_url(self, name: str) -> str:
        return urljoin(self.url, f"/media/{name}.jpg")

    def media_exists(self, name: str, size: int | None = None) -> bool:
        """Whether the media store holds the photo ``name`` (with ``size`` bytes, when given)."""
        try:
            response = self.request("HEAD", self.media_url(name), tr("a photo"))
        except ServerError as error:
            if error.status == 404:
                return False
            raise
        length = response.headers.get("Content-Length", "")
        return size is None or not length.isdigit() or int(length) == size

    def put_media(self, name: str, data: bytes) -> None:
        """Send a photo. When the answer is lost, the store is asked whether it arrived whole before it is sent again
        (a cut-short upload is never kept under its name: the store writes it whole or not at all)."""
        what = tr("the photo {name}").format(name=f"{name[:12]}….jpg")
        for attempt in range(self.retries + 1):
            try:
                self.request("PUT", self.media_url(name), what, retry=False, data=data,
                             headers={"Content-Type": "image/jpeg"})  # fmt: skip
                return
            except ServerError as error:
                if error.status == 413:
                    sentence = tr("The server {host} takes no photo as large as this one ({size} kB once made "
                                  "web-sized): ask its administrator to raise the media store's limit.")  # fmt: skip
                    size = len(data) // 1024
                    raise ServerError(sentence.format(host=_host(self.url), size=size), error.details,
                                      status=413) from error  # fmt: skip
                if not (error.maybe_done or error.retryable) or attempt == self.retries:
                    raise
                try:
                    if self.media_exists(name, len(data)):
                        return
                except ServerError:
                    raise error from None
                time.sleep(self.backoff * 2**attempt)

    def get_media(self, name: str) -> bytes:
        return self.request("GET", self.media_url(name), tr("a photo")).content

    def delete_media(self, name: str) -> None:
        try:
            self.request("DELETE", self.media_url(name), tr("a photo"))
        except ServerError as error:
            if error.status != 404:
                raise

    def delete(self, collection: str, remote_id: str, etag: str | None = None) -> None:
        what = tr("a record of {collection}").format(collection=collection)
        headers = {"If-Match": etag} if etag else {}
        try:
            self.request("DELETE", f"{self.items_url(collection)}/{remote_id}", what, headers=headers)
        except ServerError as error:
            if error.status != 404:  # already gone: what was wanted
                raise
