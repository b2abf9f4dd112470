#!/usr/bin/python3
"""Asks LibreOffice to verify the OOXML digital signatures of one or more .docx files.

Run with the system Python that has the UNO bridge (python3-uno), e.g.
    /usr/bin/python3 tests/interop/verify_signatures.py signed.docx [more.docx ...]

Starts a private headless soffice (its own profile and pipe, so it never touches a running
LibreOffice), verifies each file with com.sun.star.security.DocumentDigitalSignatures and prints
one JSON object on stdout: {"files": [{"path", "signatures": [{"signer", "valid", ...}]}]}.
Exit code 0 when the report was produced, 3 when LibreOffice could not be started or asked.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = os.environ.get("SOFFICE", "/usr/bin/soffice")
CONNECT_TIMEOUT_SECONDS = 90


def prop(name, value):
    result = PropertyValue()
    result.Name = name
    result.Value = value
    return result


def start_office(profile_dir):
    pipe_name = "minutebook_" + uuid.uuid4().hex
    process = subprocess.Popen(
        [
            SOFFICE,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile_dir),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + CONNECT_TIMEOUT_SECONDS
    while True:
        try:
            context = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name
            )
            return process, context
        except NoConnectException:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("LibreOffice did not start (soffice exited or timed out)")
            time.sleep(0.5)


def signer_name(certificate):
    if certificate is None:
        return ""
    return certificate.SubjectName


def verify_file(context, path):
    smgr = context.ServiceManager
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    storage_factory = smgr.createInstanceWithContext("com.sun.star.embed.StorageFactory", context)
    # A plain zip storage, as LibreOffice itself opens a document to check its signatures: it finds
    # OOXML signatures by the [Content_Types].xml and _xmlsignatures entries.
    # The third argument must travel as a typed sequence of PropertyValue, not a tuple of Any.
    arguments = uno.Any(
        "[]com.sun.star.beans.PropertyValue", (prop("StorageFormat", "ZipFormat"),)
    )
    storage = uno.invoke(storage_factory, "createInstanceWithArguments", ((url, 1, arguments),))
    signatures_service = smgr.createInstanceWithArgumentsAndContext(
        "com.sun.star.security.DocumentDigitalSignatures", ("1.2", True), context
    )
    # The second argument is the ODF signature stream; for OOXML it must be empty so that
    # LibreOffice reads the signatures from the package's _xmlsignatures folder.
    infos = signatures_service.verifyDocumentContentSignatures(storage, None)
    storage.dispose()
    result = []
    for info in infos:
        result.append(
            {
                "signer": signer_name(info.Signer),
                "issuer": info.Signer.IssuerName if info.Signer is not None else "",
                "valid": bool(info.SignatureIsValid),
                "certificateStatus": int(info.CertificateStatus),
                "partial": bool(info.PartialDocumentSignature),
                "date": "%08d" % info.SignatureDate,
                "time": "%08d" % info.SignatureTime,
            }
        )
    return result


def main(paths):
    profile_dir = tempfile.mkdtemp(prefix="minute-book-lo-")
    process = None
    try:
        try:
            process, context = start_office(profile_dir)
        except Exception as error:  # noqa: BLE001 - reported to the caller as a failure to start
            print(json.dumps({"error": str(error)}))
            return 3
        files = []
        for path in paths:
            try:
                files.append({"path": path, "signatures": verify_file(context, path)})
            except Exception as error:  # noqa: BLE001 - one unreadable file must not hide the others
                files.append({"path": path, "error": str(error), "signatures": []})
        print(json.dumps({"files": files}, indent=2))
        try:
            desktop = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            )
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge closes as soffice quits
            pass
        return 0
    finally:
        if process is not None:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(profile_dir, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: verify_signatures.py file.docx [more.docx ...]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
