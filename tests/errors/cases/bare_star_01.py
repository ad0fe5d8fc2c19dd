def connect(host, *, **options):
    pass
