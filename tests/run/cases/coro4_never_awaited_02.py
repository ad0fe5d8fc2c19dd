# The warning goes through the warnings module: filters apply.
import warnings

async def job():
    pass

job()
job()
for i in range(3):
    job()
print("default filter: once per location")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()
    print(len(caught), caught[0].category.__name__, str(caught[0].message))
warnings.simplefilter("ignore")
job()
print("ignored")
warnings.simplefilter("default")
job()
print("default again")
