import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class KeyIdParam {
  @ApiProperty({ pattern: '^[a-z0-9]{16}$' })
  @Matches(/^[a-z0-9]{16}$/, { message: 'keyId must be a 16-character key id' })
  keyId: string;
}
