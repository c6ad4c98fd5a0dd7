"""PyInstaller runtime hook: CA certificates for a frozen Reader whose OpenSSL looks where the system has none.

The bundled OpenSSL looks where the build machine keeps certificates (/usr/lib/ssl on Debian, a framework
folder on macOS); on Fedora, on a Mac without that folder, or on Windows, web import would then fail with
"certificate verify failed". The system store is used whenever it is there; certifi's bundle only fills a gap.
"""

import os
import ssl


def _use_certifi_if_no_system_certificates() -> None:
    if os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"):
        return  # the user (or an IT department) chose
    paths = ssl.get_default_verify_paths()
    # A minimal system may have the folder (from openssl) without a single certificate in it (no ca-certificates).
    if paths.cafile and os.path.isfile(paths.cafile) and os.path.getsize(paths.cafile) > 0:
        return
    if paths.capath and os.path.isdir(paths.capath) and any(os.scandir(paths.capath)):
        return
    try:
        import certifi
    except ImportError:
        return
    os.environ["SSL_CERT_FILE"] = certifi.where()


_use_certifi_if_no_system_certificates()
