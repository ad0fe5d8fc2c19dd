def cleanup():
    try:
        raise ValueError("first")
    finally:
        print("cleaning up")
cleanup()
