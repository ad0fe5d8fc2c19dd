import warnings
warnings.simplefilter("ignore")
warnings.warn("silenced")
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me")
warnings.warn("show me")
print("end")
