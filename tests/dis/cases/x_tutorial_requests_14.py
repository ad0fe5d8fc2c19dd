import requests
from requests.exceptions import HTTPError, Timeout

for url in ['https://api.github.com', 'https://api.github.com/invalid']:
    try:
        response = requests.get(url, params={'q': 'requests+language:python'},
                                headers={'Accept': 'application/vnd.github.v3.text-match+json'},
                                timeout=(3.05, 27))
        response.raise_for_status()
    except HTTPError as http_err:
        print(f'HTTP error occurred: {http_err}')
    except Timeout:
        print('timeout')
    except Exception as err:
        print(f'Other error occurred: {err}')
    else:
        print('Success!')
        json_response = response.json()
        repository = json_response['items'][0] if 'items' in json_response else {}
        print(f"Repository name: {repository.get('name')}")
