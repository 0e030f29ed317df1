import asyncio


class Network:
    def __init__(self):
        self.in_flight = 0
        self.peak = 0

    async def fetch_one(self, url):
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(0)
        self.in_flight -= 1
        return f"image of {url}"


async def one_at_a_time(net, urls):
    return [await net.fetch_one(url) for url in urls]


async def all_at_once(net, urls):
    return await asyncio.gather(*(net.fetch_one(url) for url in urls))


async def four_at_a_time(net, urls):
    gate = asyncio.Semaphore(4)

    async def fetch(url):
        async with gate:
            return await net.fetch_one(url)

    return await asyncio.gather(*(fetch(url) for url in urls))


urls = [f"photos/{i}.jpg" for i in range(1, 13)]
for download in (one_at_a_time, all_at_once, four_at_a_time):
    net = Network()
    images = asyncio.run(download(net, urls))
    print(f"{download.__name__}: at most {net.peak} in flight, first {images[0]}, last {images[-1]}")
