/**
 * A domain's runtime list of its channels, checked against its contract: a channel missing from
 * the list is a compile error. The preload builds the API from these lists (it cannot load zod).
 */
export function channelList<Contract>() {
  return <const Listed extends readonly (keyof Contract & string)[]>(
    ...channels: Listed & (Exclude<keyof Contract, Listed[number]> extends never ? unknown : never)
  ): Listed => channels;
}
