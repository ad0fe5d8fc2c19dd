# try/except/finally and with blocks: SETUP_FINALLY, SETUP_WITH, handlers and reraises.
import dis


def guarded(path, fallback):
    try:
        with open(path) as fh:
            return fh.read()
    except (OSError, ValueError) as err:
        print("failed", err)
        return fallback
    except Exception:
        raise
    finally:
        print("done")


dis.dis(guarded)
